import { registerEnumType } from '@nestjs/graphql';

/** The 16 German states (Bundesländer). */
export enum Bundesland {
  BADEN_WUERTTEMBERG = 'BADEN_WUERTTEMBERG',
  BAYERN = 'BAYERN',
  BERLIN = 'BERLIN',
  BRANDENBURG = 'BRANDENBURG',
  BREMEN = 'BREMEN',
  HAMBURG = 'HAMBURG',
  HESSEN = 'HESSEN',
  MECKLENBURG_VORPOMMERN = 'MECKLENBURG_VORPOMMERN',
  NIEDERSACHSEN = 'NIEDERSACHSEN',
  NORDRHEIN_WESTFALEN = 'NORDRHEIN_WESTFALEN',
  RHEINLAND_PFALZ = 'RHEINLAND_PFALZ',
  SAARLAND = 'SAARLAND',
  SACHSEN = 'SACHSEN',
  SACHSEN_ANHALT = 'SACHSEN_ANHALT',
  SCHLESWIG_HOLSTEIN = 'SCHLESWIG_HOLSTEIN',
  THUERINGEN = 'THUERINGEN',
}

/** The states' names as written in German. */
export const BUNDESLAND_NAMES: Record<Bundesland, string> = {
  BADEN_WUERTTEMBERG: 'Baden-Württemberg',
  BAYERN: 'Bayern',
  BERLIN: 'Berlin',
  BRANDENBURG: 'Brandenburg',
  BREMEN: 'Bremen',
  HAMBURG: 'Hamburg',
  HESSEN: 'Hessen',
  MECKLENBURG_VORPOMMERN: 'Mecklenburg-Vorpommern',
  NIEDERSACHSEN: 'Niedersachsen',
  NORDRHEIN_WESTFALEN: 'Nordrhein-Westfalen',
  RHEINLAND_PFALZ: 'Rheinland-Pfalz',
  SAARLAND: 'Saarland',
  SACHSEN: 'Sachsen',
  SACHSEN_ANHALT: 'Sachsen-Anhalt',
  SCHLESWIG_HOLSTEIN: 'Schleswig-Holstein',
  THUERINGEN: 'Thüringen',
};

registerEnumType(Bundesland, {
  name: 'Bundesland',
  description: 'One of the 16 German states.',
  valuesMap: Object.fromEntries(
    Object.entries(BUNDESLAND_NAMES).map(([key, name]) => [key, { description: name }]),
  ),
});

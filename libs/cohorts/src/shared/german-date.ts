/** 2024-11-27 → 27.11.2024, as German readers write dates. */
export function germanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

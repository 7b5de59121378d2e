import type { FeatureTexts } from '../../app/feature';

export const texts = {
  de: {
    title: 'Anmelden',
    intro:
      'Zyklus arbeitet ohne Passwort: Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Anmeldelink, der 15 Minuten lang einmal gilt.',
    email: 'E-Mail-Adresse',
    send: 'Anmeldelink senden',
    sent: 'Wenn die Adresse {{email}} bei Zyklus bekannt ist, ist ein Anmeldelink unterwegs. Bitte sehen Sie in Ihr Postfach.',
    sendAgain: 'Andere Adresse eingeben',
    linkTitle: 'Mit Ihrem Link anmelden',
    linkIntro: 'Klicken Sie auf „Anmelden“, um Ihren Anmeldelink einzulösen.',
    signIn: 'Anmelden',
    newLink: 'Neuen Anmeldelink anfordern',
    newLinkIntro: 'Geben Sie Ihre E-Mail-Adresse ein, um einen neuen Link zu erhalten.',
  },
  en: {
    title: 'Sign in',
    intro:
      'Zyklus has no passwords: enter your email address and we will send you a sign-in link that works once, for 15 minutes.',
    email: 'Email address',
    send: 'Send sign-in link',
    sent: 'If {{email}} is known to Zyklus, a sign-in link is on its way. Please check your inbox.',
    sendAgain: 'Enter another address',
    linkTitle: 'Sign in with your link',
    linkIntro: 'Click “Sign in” to use your sign-in link.',
    signIn: 'Sign in',
    newLink: 'Request a new sign-in link',
    newLinkIntro: 'Enter your email address to get a new link.',
  },
} satisfies FeatureTexts;

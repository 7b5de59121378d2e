/** The Mantine style sheets the app needs (apps/web/mantine-styles.mts). */
declare module 'virtual:mantine-styles';

import { createTheme } from '@mantine/core';

/** Mantine's defaults, with a green close to the programme's and contrast-safe dimmed text. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
});

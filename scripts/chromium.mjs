// The one place that says which Chromium the project drives and how: the system browser
// (Debian package `chromium`; never a downloaded one), headless WebGL through SwiftShader,
// and no background traffic (this machine's network reaches only package registries).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

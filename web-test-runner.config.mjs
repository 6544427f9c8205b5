// Browser tests run in the system Chromium (Debian package `chromium`); nothing downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';


const sessions = new WeakMap();
async function cdpSession(page) {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
}

/** Commands the tests call through `executeServerCommand`: real touch input and device emulation over CDP. */
function devicePlugin() {
  return {
    name: 'body-chain:device',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('device:')) return undefined;
      const page = session.browser.getPage(session.id);
      switch (command) {
        case 'device:emulate': {
          // Straight over CDP: puppeteer's setViewport reloads the page when touch support changes.
          // `mobile` stays false because the test page has no viewport meta tag.
          const { width, height, touch = false, dpr = 1 } = payload;
          const cdp = await cdpSession(page);
          await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: dpr, mobile: false });
          await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: touch, maxTouchPoints: touch ? 5 : 1 });
          return true;
        }
        case 'device:tap':
          await page.touchscreen.tap(payload.x, payload.y);
          return true;
        case 'device:swipe': {
          const { from, to, steps = 8 } = payload;
          await page.touchscreen.touchStart(from.x, from.y);
          for (let i = 1; i <= steps; i++) {
            await page.touchscreen.touchMove(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
          }
          await page.touchscreen.touchEnd();
          return true;
        }
        case 'device:screenshot': {
          // What the screen shows (composited, WebGL included) in a small clip, as a PNG data URL.
          const { x, y, width, height } = payload;
          const cdp = await cdpSession(page);
          const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x, y, width, height, scale: 1 } });
          if (payload.save) (await import('node:fs')).writeFileSync(payload.save, Buffer.from(data, 'base64'));
          return `data:image/png;base64,${data}`;
        }
        case 'device:reduced-motion':
          await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: payload.reduce ? 'reduce' : 'no-preference' }]);
          return true;
        default:
          return undefined;
      }
    },
  };
}

/** Test pages whose name contains `csp` are served under a strict Content-Security-Policy. */
function strictCsp(context, next) {
  return next().then(() => {
    if (context.path.endsWith('.html') || context.response.is('html')) {
      const file = context.URL.searchParams.get('wtr-test-file') ?? '';
      if (file.includes('csp')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'",
        );
      }
    }
  });
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 60_000 } },
  // The element's own warnings are what the error tests provoke (they check the `error` events);
  // with Lit's dev-mode notice they would bury real failures. BODY_CHAIN_LOGS=1 shows them.
  filterBrowserLogs: ({ args }) =>
    Boolean(process.env.BODY_CHAIN_LOGS) || !(typeof args[0] === 'string' && (args[0].startsWith('<body-chain>') || args[0].startsWith('Lit is in dev mode'))),
  middleware: [
    // `?delay=ms` holds a response back, as a slow network would.
    async (context, next) => {
      const delay = Number(context.URL.searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
      return next();
    },
    // The element looks for its model beside its entry module; in tests that is src/.
    (context, next) => {
      if (context.path === '/src/body.glb') context.path = '/models/body.glb';
      if (context.path === '/src/body-preview.glb') context.path = '/models/body-preview.glb';
      return next();
    },
    strictCsp,
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), devicePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
      },
    }),
  ],
};

import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { cleanup, DESKTOP, emulate, mount } from './helpers.js';

// This page is served with `style-src 'self'` and a script-src without 'unsafe-eval' or
// 'wasm-unsafe-eval' (see web-test-runner.config.mjs): no inline styles or style attributes,
// no eval, no WebAssembly compilation. ('unsafe-inline' scripts are allowed only because the
// test runner bootstraps each page with an inline script.)
describe('under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.violatedDirective} ${e.blockedURI} from ${e.sourceFile}:${e.lineNumber}`),
  );
  afterEach(cleanup);

  it('loads, draws and selects with no policy violation from the element', async () => {
    await emulate(DESKTOP);
    const el = await mount({ lang: 'en' });
    const p = el.regionPoint('calf')!;
    expect(p).to.not.equal(null);
    await sendMouse({ type: 'click', position: [Math.round(p.x), Math.round(p.y)] });
    await el.updateComplete;
    expect(el.selected).to.equal('calf');
    // WebAssembly is refused (the element then decodes the model in plain JS); nothing else is.
    expect(violations.filter((v) => !/wasm|unsafe-eval|script-src/.test(v) || /style/.test(v))).to.deep.equal([]);
  });
});

// A React 19 app's use of the package: the JSX typings come from 'body-chain/react'.
import 'body-chain';
import type {} from 'body-chain/react';
import type { BodyChain } from 'body-chain';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { record } from '../record.js';

function App() {
  const ref = useRef<BodyChain>(null);
  const [selected, setSelected] = useState('');
  return (
    <main>
      <h1>Clinic page</h1>
      <body-chain
        ref={ref}
        view="back"
        selected={selected}
        className="alignwide"
        onload={(e) => {
          record('load', { preview: e.detail.preview });
          if (!e.detail.preview) setSelected('calf');
        }}
        onerror={(e) => record('error', e.detail)}
        onregion-select={(e) => record('region-select', { region: e.detail.region, intensity: e.detail.propagation[0]?.intensity })}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api-context';
import { createApi } from './api-client';
import { App } from './app';
import './styles/app.css';
import './styles/page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={createApi()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);

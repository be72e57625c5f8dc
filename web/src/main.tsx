import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/provider';
import './app/app.css';
import './lib/i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
createRoot(root).render(
  <AppProvider>
    <App />
  </AppProvider>,
);

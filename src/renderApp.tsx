// Puts the app, or the list of the data's problems, on the page. The one render
// both entries share: main.tsx with geo/, stressMain.tsx with npm run stress's data.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AppData } from './data/appModel';
import { DataProblems } from './DataProblems';
import { ErrorBoundary } from './ErrorBoundary';
import './styles.css';

export function renderApp(data: AppData): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        {data.ok ? <App model={data.model} /> : <DataProblems problems={data.problems} />}
      </ErrorBoundary>
    </StrictMode>,
  );
}

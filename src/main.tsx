import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppData } from './data/appModel';
import { DataProblems } from './DataProblems';
import { ErrorBoundary } from './ErrorBoundary';
import './styles.css';

const data = loadAppData();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      {data.ok ? <App model={data.model} /> : <DataProblems problems={data.problems} />}
    </ErrorBoundary>
  </StrictMode>,
);

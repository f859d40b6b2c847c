// The last line of defence: a render error becomes an explanation, not a white
// page. It wraps the app beside the map (renderApp.tsx), so the map the first
// view drew stays and still pans and zooms; the reader is told the controls
// failed and that reloading may help.
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="fatal load-notice load-code-fault" role="alert">
        <h1>Something went wrong drawing the map</h1>
        <p>The map's controls stopped working. Reloading the page may help.</p>
        <p><button type="button" onClick={() => window.location.reload()}>Reload</button> or <a href={window.location.pathname}>open the default view</a></p>
        <details>
          <summary>Details</summary>
          <p>{this.state.error.message}</p>
        </details>
      </main>
    );
  }
}

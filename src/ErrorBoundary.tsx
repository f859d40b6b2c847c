// The last line of defence: a render error becomes an explanation, not a white page.
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
      <main className="fatal" role="alert">
        <h1>Something went wrong drawing the map</h1>
        <p>{this.state.error.message}</p>
        <p><a href={window.location.pathname}>Reload the default view</a></p>
      </main>
    );
  }
}

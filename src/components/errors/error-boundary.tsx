import { Component, type ErrorInfo, type ReactNode } from 'react'

type FallbackProps = { error: Error; reset: () => void }

type ErrorBoundaryProps = {
  renderFallback: (props: FallbackProps) => ReactNode
  children: ReactNode
}

type ErrorBoundaryState = { error: Error | null }

/** Catches a render error below it, so only that part of the screen shows a fallback. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  reset = () => this.setState({ error: null })

  render() {
    const { error } = this.state
    return error ? this.props.renderFallback({ error, reset: this.reset }) : this.props.children
  }
}

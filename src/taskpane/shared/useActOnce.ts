/**
 * A dialog's action runs once per request. The dialog closes with an animation, during which its
 * buttons still show and can be clicked (or Enter pressed) again; a second run would repeat the
 * write and report a false error ("a scenario of that name exists"). The request object is the
 * key: a new request may act again.
 */
import { useCallback, useRef, useState } from "react";

/** Remembers the request last acted on; the rule itself, apart from React. */
export class OncePerRequest {
  private acted: object | null = null;

  /** Whether the action already ran for this request. */
  isDone(request: object | null): boolean {
    return request !== null && this.acted === request;
  }

  /** Runs `action` unless it already ran for this request; says whether it ran. */
  run(request: object | null, action: () => void): boolean {
    if (request === null || this.acted === request) return false;
    this.acted = request;
    action();
    return true;
  }
}

export interface ActOnce {
  /** True once the action has run for this request: its buttons show as unavailable. */
  readonly done: boolean;
  /** Runs `action` unless it already ran for this request. */
  readonly act: (action: () => void) => void;
}

export function useActOnce(request: object | null): ActOnce {
  const once = useRef(new OncePerRequest());
  const [, rerender] = useState(0);
  const act = useCallback(
    (action: () => void): void => {
      if (once.current.run(request, action)) rerender((n) => n + 1);
    },
    [request]
  );
  return { done: once.current.isDone(request), act };
}

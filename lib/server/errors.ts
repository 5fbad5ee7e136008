/** Errors the data-access layer throws on purpose; their messages are safe to show. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'That record') {
    super(`${what} was not found.`, 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Your role does not allow this.') {
    super(message, 403);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: unknown) {
    super(message, 409, details);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, details?: unknown) {
    super(message, 422, details);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string) {
    super(message, 429);
  }
}

/** A service the app depends on (the mail server) refused; nothing was kept. */
export class UnavailableError extends DomainError {
  constructor(message: string) {
    super(message, 503);
  }
}

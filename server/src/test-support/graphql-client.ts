export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Record<string, string>; retryAfterSeconds?: number; stacktrace?: unknown };
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

/** A browser-like GraphQL client over HTTP that keeps its session cookie. */
export class GraphQLTestClient {
  private cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  }

  /** Like request(), but fails the test on any GraphQL error. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async signIn(email: string, password: string): Promise<GraphQLResult<{ signIn: { id: string; role: string } }>> {
    return this.request(`mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id role } }`, { email, password });
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  set sessionCookie(value: string | null) {
    this.cookie = value;
  }
}

export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Services } from '../../services/contract.ts';
import type { AppEnv } from '../context.ts';

/** What every route module receives: the injected services and a clock (for cookie lifetimes). */
export interface RouteDeps {
  services: Services;
  now: () => Date;
}

export type ApiApp = OpenAPIHono<AppEnv>;

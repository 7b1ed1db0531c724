import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, signIn, writeHeaders } from './support/harness.ts';

let harness: Harness;
let admin: string;
let viewer: string;

beforeEach(async () => {
  harness = createHarness();
  admin = await signIn(harness, 'admin@busan.test');
  viewer = await signIn(harness, 'viewer@busan.test');
});

const newUser = {
  email: 'analyst@busan.test',
  name: 'Analyst',
  role: 'analyst',
  password: 'long enough password',
};

describe('role checks', () => {
  const adminRoutes: Array<[string, string, unknown?]> = [
    ['GET', '/api/users'],
    ['POST', '/api/users', newUser],
    ['PATCH', '/api/users/u-busan-admin', { role: 'viewer' }],
    ['DELETE', '/api/users/u-busan-admin'],
    ['GET', '/api/audit'],
    ['PATCH', '/api/organisation', { name: 'Renamed' }],
  ];

  it.each(adminRoutes)('a viewer gets 403 problem on %s %s', async (method, path, body) => {
    const response = await harness.app.request(path, {
      method,
      headers: writeHeaders(viewer),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 403, type: '/problems/forbidden' });
  });

  it.each(adminRoutes)('without a session %s %s is 401', async (method, path, body) => {
    const response = await harness.app.request(path, {
      method,
      headers: writeHeaders(),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status).toBe(401);
  });

  it('the role is checked before the body, so a viewer learns nothing from validation', async () => {
    const response = await harness.app.request('/api/users', {
      method: 'POST',
      headers: writeHeaders(viewer),
      body: JSON.stringify({ nonsense: true }),
    });
    expect(response.status).toBe(403);
  });
});

describe('organisation', () => {
  it('any member reads their organisation', async () => {
    const response = await harness.app.request('/api/organisation', { headers: { cookie: viewer } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 'org-busan', city: 'Busan' });
  });

  it('an admin updates it', async () => {
    const response = await harness.app.request('/api/organisation', {
      method: 'PATCH',
      headers: writeHeaders(admin),
      body: JSON.stringify({ name: 'Busan City', isPublic: false }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: 'Busan City', isPublic: false });
  });

  it('public organisations are readable by slug without signing in; private ones are 404', async () => {
    const open = await harness.app.request('/api/public/organisations/busan');
    expect(open.status).toBe(200);
    expect(await open.json()).toMatchObject({ slug: 'busan' });
    const hidden = await harness.app.request('/api/public/organisations/seoul');
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('content-type')).toBe('application/problem+json');
  });

  it('a slug with characters outside the slug alphabet is 400 naming the parameter', async () => {
    const response = await harness.app.request('/api/public/organisations/Bu%20san');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('slug');
  });
});

describe('users', () => {
  it('an admin lists only members of the own organisation', async () => {
    const response = await harness.app.request('/api/users', { headers: { cookie: admin } });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Array<{ id: string }> };
    expect(items.map((item) => item.id).sort()).toEqual(['u-busan-admin', 'u-busan-viewer']);
  });

  it('an admin creates a member (201) and a second create with the same email is 409', async () => {
    const created = await harness.app.request('/api/users', {
      method: 'POST',
      headers: writeHeaders(admin),
      body: JSON.stringify(newUser),
    });
    expect(created.status).toBe(201);
    const member = (await created.json()) as Record<string, unknown>;
    expect(member).toMatchObject({ email: 'analyst@busan.test', role: 'analyst' });
    expect(member).not.toHaveProperty('password');

    const again = await harness.app.request('/api/users', {
      method: 'POST',
      headers: writeHeaders(admin),
      body: JSON.stringify(newUser),
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ type: '/problems/conflict' });
  });

  it('an admin changes a role and removes a member of the own organisation', async () => {
    const changed = await harness.app.request('/api/users/u-busan-viewer', {
      method: 'PATCH',
      headers: writeHeaders(admin),
      body: JSON.stringify({ role: 'editor' }),
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ id: 'u-busan-viewer', role: 'editor' });

    const removed = await harness.app.request('/api/users/u-busan-viewer', {
      method: 'DELETE',
      headers: writeHeaders(admin),
    });
    expect(removed.status).toBe(204);
    expect(harness.services.usersById.has('u-busan-viewer')).toBe(false);
  });

  it('ids of another organisation are 404, for role changes and deletes alike', async () => {
    const patch = await harness.app.request('/api/users/u-seoul-admin', {
      method: 'PATCH',
      headers: writeHeaders(admin),
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(patch.status).toBe(404);
    expect(patch.headers.get('content-type')).toBe('application/problem+json');
    const remove = await harness.app.request('/api/users/u-seoul-admin', {
      method: 'DELETE',
      headers: writeHeaders(admin),
    });
    expect(remove.status).toBe(404);
    expect(harness.services.usersById.get('u-seoul-admin')?.role).toBe('admin');
  });

  it('rejects a role outside the enumeration', async () => {
    const response = await harness.app.request('/api/users/u-busan-viewer', {
      method: 'PATCH',
      headers: writeHeaders(admin),
      body: JSON.stringify({ role: 'owner' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('role');
  });
});

describe('audit', () => {
  it('pages with limit and before', async () => {
    for (const role of ['editor', 'analyst', 'viewer'] as const) {
      await harness.app.request('/api/users/u-busan-viewer', {
        method: 'PATCH',
        headers: writeHeaders(admin),
        body: JSON.stringify({ role }),
      });
    }
    const first = await harness.app.request('/api/audit?limit=2', { headers: { cookie: admin } });
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: Array<{ id: string }>; next: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.next).not.toBeNull();

    const second = await harness.app.request(`/api/audit?limit=2&before=${page.next}`, {
      headers: { cookie: admin },
    });
    const rest = (await second.json()) as { items: Array<{ id: string }>; next: string | null };
    expect(rest.items).toHaveLength(1);
    expect(rest.next).toBeNull();
  });

  it('rejects a limit out of range and unknown query parameters', async () => {
    const tooMany = await harness.app.request('/api/audit?limit=100000', { headers: { cookie: admin } });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('limit');
    const unknown = await harness.app.request('/api/audit?sort=asc', { headers: { cookie: admin } });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('sort');
  });
});

describe('published history', () => {
  it('is public', async () => {
    const response = await harness.app.request('/api/published/history?centre=Busan');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ centre: 'Busan', ranks: [{ rank: 3 }] });
  });

  it('needs a centre', async () => {
    const response = await harness.app.request('/api/published/history');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors).toHaveProperty('centre');
  });
});

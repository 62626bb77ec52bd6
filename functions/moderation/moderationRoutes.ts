import { Hono } from 'hono';
import { strings } from '../../src/strings.ts';
import { characterCount, cleanBody, cleanLine } from '../comments/text.ts';
import { LIMITS } from '../comments/submissionSchema.ts';
import type { CommentServices } from '../comments/services.ts';
import type { CommentStatus } from '../db/schema.ts';
import { ApiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import type { AppBindings } from '../http/clientIp.ts';
import { readFields } from '../http/readRequestBody.ts';
import { editComment, MODERATION_ACTIONS, moderateComment, type ModerationAction } from './moderateComment.ts';
import { getModerationComment, listForModeration, MODERATION_PAGE_SIZE, STATUSES } from './moderationQueries.ts';
import { isRejectReason, REJECT_REASONS, type RejectReason } from './rejectReasons.ts';
import { requireModerator, type ModeratorEnv } from './requestGuards.ts';

type Env = { Bindings: AppBindings } & ModeratorEnv;

/** Most ids one bulk request may name. */
export const MAX_BULK_IDS = 200;


const invalid = (field: string, message: string) => new ApiError(400, 'invalid-input', { fields: { [field]: message } });

function parseReason(action: ModerationAction, value: unknown): RejectReason | null {
  if (action !== 'reject') return null;
  if (!isRejectReason(value)) throw invalid('reason', strings.moderation.invalidReason);
  return value;
}

/** The moderation API: every route needs a moderator session; changes need the CSRF checks too. */
export function moderationRoutes(services: CommentServices): Hono<Env> {
  const app = new Hono<Env>();
  app.use('/api/moderation/*', requireModerator(services.db, services.config.siteUrl, () => services.now()));

  app.get('/api/moderation/comments', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && status !== '' && !STATUSES.includes(status as CommentStatus)) throw invalid('status', strings.moderation.invalidStatus);
    const pageText = c.req.query('page') ?? '1';
    const page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : 0;
    if (page < 1) throw invalid('page', strings.moderation.invalidPage);
    const post = cleanLine(c.req.query('post') ?? '');
    const q = cleanLine(c.req.query('q') ?? '');
    if (post === 'control-characters' || post.length > LIMITS.post) throw invalid('post', strings.commentFields.controlCharacters);
    if (q === 'control-characters' || q.length > 200) throw invalid('q', strings.commentFields.tooLong(200));
    const reported = c.req.query('reported') ?? '';
    if (!['', '0', '1', 'true', 'false'].includes(reported)) throw invalid('reported', strings.moderation.invalidReported);
    const result = await listForModeration(services.db, {
      status: (status || undefined) as CommentStatus | undefined,
      reported: reported === '1' || reported === 'true',
      post: post || undefined,
      q: q || undefined,
      page,
    });
    const titles = new Map<string, string | undefined>();
    for (const comment of result.comments) if (!titles.has(comment.post)) titles.set(comment.post, (await services.posts.get(comment.post))?.title);
    return c.json({
      comments: result.comments.map((comment) => ({ ...comment, postTitle: titles.get(comment.post) ?? null })),
      page,
      pageSize: MODERATION_PAGE_SIZE,
      total: result.total,
      counts: result.counts,
      rejectReasons: REJECT_REASONS.map((code) => ({ code, label: strings.moderation.rejectReasons[code] })),
    });
  });

  app.get('/api/moderation/comments/:id', async (c) => {
    const comment = await getModerationComment(services.db, c.req.param('id'));
    if (!comment) throw new ApiError(404, 'unknown-comment');
    return c.json({ comment });
  });

  app.post('/api/moderation/comments/bulk', limitBody, async (c) => {
    const fields = await readFields(c);
    const action = fields.action as ModerationAction;
    if (!MODERATION_ACTIONS.includes(action)) throw invalid('action', strings.moderation.invalidAction);
    const ids = fields.ids;
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_BULK_IDS || !ids.every((id) => typeof id === 'string' && id.length <= 40)) {
      throw invalid('ids', strings.moderation.invalidIds);
    }
    const reason = parseReason(action, fields.reason);
    const results: Record<string, 'ok' | 'not-found'> = {};
    for (const id of new Set(ids as string[])) results[id] = (await moderateComment(services, id, action, c.get('moderator').id, reason)) ? 'ok' : 'not-found';
    return c.json({ results });
  });

  app.post('/api/moderation/comments/:id/:action{approve|reject|spam|ham}', limitBody, async (c) => {
    const action = c.req.param('action') as ModerationAction;
    const fields = action === 'reject' ? await readFields(c) : {};
    const reason = parseReason(action, fields.reason);
    if (!(await moderateComment(services, c.req.param('id'), action, c.get('moderator').id, reason))) throw new ApiError(404, 'unknown-comment');
    return c.json({ comment: await getModerationComment(services.db, c.req.param('id')) });
  });

  app.delete('/api/moderation/comments/:id', async (c) => {
    if (!(await moderateComment(services, c.req.param('id'), 'delete', c.get('moderator').id))) throw new ApiError(404, 'unknown-comment');
    return c.body(null, 204);
  });

  app.patch('/api/moderation/comments/:id', limitBody, async (c) => {
    const fields = await readFields(c);
    if (typeof fields.body !== 'string') throw invalid('body', strings.commentFields.notText);
    const body = cleanBody(fields.body);
    if (body === 'control-characters') throw invalid('body', strings.commentFields.controlCharacters);
    if (body === '') throw invalid('body', strings.commentFields.required);
    if (characterCount(body) > LIMITS.body) throw invalid('body', strings.commentFields.tooLong(LIMITS.body));
    if (!(await editComment(services, c.req.param('id'), body, c.get('moderator').id))) throw new ApiError(404, 'unknown-comment');
    return c.json({ comment: await getModerationComment(services.db, c.req.param('id')) });
  });

  return app;
}

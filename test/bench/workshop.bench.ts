// Load and fault benchmark of a live workshop session (issue 12), in `npm run bench`: prints, asserts
// nothing. The real web host (a child process) runs a session on 127.0.0.1 against one facilitator
// page in Chromium (the editor on the map), three participant browser contexts (one at 360x740) and
// 30 simulated participants over HTTP that add, edit and delete cards and cast and withdraw dots for
// 60 s. It prints events per second, delivery latency p50 / p95 of each added card to the facilitator
// page and to the participants (from the add request being sent to the event arriving), lost and
// duplicated contributions, whether every client's map ends identical to the library's, and the
// facilitator's drag cost (main-thread time per pointer step) with and without the session.
//
// Options: --seconds 60 (BENCH_WORKSHOP_SECONDS), --participants 30 (BENCH_WORKSHOP_PARTICIPANTS).
// Browser pages subscribe with EventSource from their own origin, so the figures do not depend on
// the participant page's interface; the facilitator's stream is the loopback host's SSE endpoint.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { JourneyMap } from '../../shared/domain';
import type { SessionInfo } from '../../shared/api';
import { HTTP_WORKSHOP_EVENTS_PATH } from '../../shared/api/http';
import { makeMap } from '../../shared/document/test-map';
import type { SessionEvent } from '../../shared/workshop';
import { hostApi } from '../e2e/pages/versions-page';
import { mapUrl, seedMapOverHttp } from '../e2e/pages/editor-page';
import {
  openEventStream,
  participantCall,
  participantValue,
  type EventStream,
} from '../helpers/participant-client';
import { buildEditor } from './canvas/build-pages';
import { dragWork } from './canvas/drag-work';
import { openProbe, pickCards, timeOpen, type CardPoint, type Probe } from './canvas/measure-page';
import { percentile } from './canvas/stats';
import { startWebHostProcess, type RunningWebHost } from './canvas/web-host';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

function option(name: string, env: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const value = Number(i >= 0 ? argv[i + 1] : (process.env[env] ?? fallback));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A card as the comparison sees it: what a participant would notice if it differed. */
type CardView = { title: string; stageId: string | null; laneId: string | null; author: string | null };
const viewOf = (c: {
  title: string;
  stageId: string | null;
  laneId: string | null;
  author?: string | null | undefined;
}): CardView => ({
  title: c.title,
  stageId: c.stageId,
  laneId: c.laneId,
  author: c.author ?? null,
});
const fingerprint = (cards: Map<string, CardView>): string =>
  JSON.stringify([...cards.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** One simulated participant: its token, its stream, its own copy of the map built from events. */
interface Simulated {
  name: string;
  token: string;
  stream: EventStream;
  cards: Map<string, CardView>;
  lastSeq: number;
  gaps: number;
  addedSeen: Map<string, number>;
  own: string[];
}

// In-page subscriber (a string: tsx would add helpers the page lacks). Records the arrival time of
// each card.added and keeps its own copy of the cards, like a participant client.
const PAGE_SUBSCRIBER = (url: string, initial: Record<string, CardView>, seq: number) => `(() => {
  window.__ws = { cards: new Map(Object.entries(${JSON.stringify(initial)})), arrivals: {}, added: {}, last: ${seq}, gaps: 0, events: 0 };
  const ws = window.__ws;
  const source = new EventSource(${JSON.stringify(url)});
  source.onmessage = (message) => {
    const event = JSON.parse(message.data);
    ws.events += 1;
    if (event.seq <= ws.last) return;
    if (event.seq !== ws.last + 1) ws.gaps += 1;
    ws.last = event.seq;
    const view = (c) => ({ title: c.title, stageId: c.stageId, laneId: c.laneId, author: c.author ?? null });
    if (event.type === 'card.added') {
      ws.arrivals[event.card.id] = Date.now();
      ws.added[event.card.id] = (ws.added[event.card.id] ?? 0) + 1;
      ws.cards.set(event.card.id, view(event.card));
    } else if (event.type === 'card.changed') ws.cards.set(event.card.id, view(event.card));
    else if (event.type === 'card.deleted') ws.cards.delete(event.cardId);
  };
  ws.close = () => source.close();
})()`;

const PAGE_RESULT = `(() => {
  const ws = window.__ws;
  ws.close();
  return { arrivals: ws.arrivals, added: ws.added, cards: [...ws.cards.entries()], gaps: ws.gaps, events: ws.events };
})()`;

interface PageResult {
  arrivals: Record<string, number>;
  added: Record<string, number>;
  cards: [string, CardView][];
  gaps: number;
  events: number;
}

async function dragCost(probe: Probe): Promise<{ p50: number; p95: number }> {
  const totals: number[] = [];
  for (let i = 0; i < 2; i++) {
    const [card] = await pickCards(probe.page, 1);
    totals.push(...(await dragWork(probe, card as CardPoint)).map((s) => s.total));
    await probe.page.waitForTimeout(1_500);
  }
  return { p50: percentile(totals, 0.5), p95: percentile(totals, 0.95) };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(): Promise<void> {
  const seconds = option('seconds', 'BENCH_WORKSHOP_SECONDS', 60);
  const participantCount = Math.round(option('participants', 'BENCH_WORKSHOP_PARTICIPANTS', 30));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jm-bench-workshop-'));
  let host: RunningWebHost | null = null;
  let browser: Browser | null = null;
  const streams: EventStream[] = [];
  try {
    const editorDir = path.join(tmp, 'editor');
    const dataDir = path.join(tmp, 'data');
    fs.mkdirSync(dataDir);
    console.log('Building the renderer (production)...');
    await buildEditor(editorDir, { minify: true });
    host = await startWebHostProcess(editorDir, dataDir);
    const call = await hostApi(host.url);
    const seeded: JourneyMap = makeMap({
      idPrefix: 'wsb',
      stages: 6,
      lanes: 4,
      cardsPerCell: 2,
      laneKinds: ['touchpoints', 'painPoints', 'opportunities', 'notes'],
    });
    const mapId = await seedMapOverHttp(host.url, seeded);
    const readLibrary = async () => (await call('maps.get', { id: mapId })) as JourneyMap;
    const start = await readLibrary();

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const facilitator = await openProbe(browser);
    await timeOpen(facilitator.page, mapUrl(host.url, mapId));
    console.log('Facilitator drag without a session...');
    const dragBefore = await dragCost(facilitator);

    const info = (await call('workshop.start', {
      mapId,
      bindAddress: '127.0.0.1',
      name: 'Bench workshop',
    })) as SessionInfo;
    const sessionId = info.state.sessionId;
    await call('workshop.startVote', { sessionId, settings: { dotsPerPerson: 10, maxPerCard: 3 } });
    const secret = info.joinUrl.split('/join/')[1]!;
    const base = info.homeUrl;
    const initialViews = async (token: string) => {
      const map = await participantValue(base, 'map', {}, token);
      return { cards: new Map(map.cards.map((c) => [c.id, viewOf(c)])), seq: map.seq };
    };

    // The facilitator page subscribes through the loopback host, with the token its page carries.
    const token = await facilitator.page.evaluate(
      `document.querySelector('meta[name="journey-api-token"]').content`,
    );
    const initialRecord = Object.fromEntries(start.cards.map((c) => [c.id, viewOf(c)]));
    const seqNow = ((await call('workshop.current', { mapId })) as SessionInfo).state.seq;
    await facilitator.page.evaluate(
      PAGE_SUBSCRIBER(
        `${HTTP_WORKSHOP_EVENTS_PATH}?sessionId=${sessionId}&after=${seqNow}&token=${encodeURIComponent(String(token))}`,
        initialRecord,
        seqNow,
      ),
    );

    // Three participant browser contexts, one a phone.
    const contexts: Page[] = [];
    for (const [i, viewport] of [
      { width: 360, height: 740 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ].entries()) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}join/${secret}`, { waitUntil: 'domcontentloaded' });
      const joined =
        (await page.evaluate(`fetch('/session/api/join', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ via: { kind: 'link', secret: ${JSON.stringify(secret)} }, displayName: 'Browser ${i + 1}' }) }).then((r) => r.json())`)) as {
          ok: boolean;
          value: { token: string };
        };
      if (!joined.ok) throw new Error('A browser participant could not join.');
      const views = await initialViews(joined.value.token);
      await page.evaluate(
        PAGE_SUBSCRIBER(
          `/session/events?after=${views.seq}&token=${encodeURIComponent(joined.value.token)}`,
          Object.fromEntries(views.cards),
          views.seq,
        ),
      );
      contexts.push(page);
    }

    console.log(`${participantCount} simulated participants join...`);
    const simulated: Simulated[] = [];
    const sentAt = new Map<string, number>();
    const nodeArrivals: number[] = [];
    for (let i = 0; i < participantCount; i++) {
      const name = `P${String(i + 1).padStart(2, '0')}`;
      const joined = await participantValue(base, 'join', {
        via: { kind: 'link', secret },
        displayName: name,
      });
      const views = await initialViews(joined.token);
      const sim: Simulated = {
        name,
        token: joined.token,
        stream: undefined as unknown as EventStream,
        cards: views.cards,
        lastSeq: views.seq,
        gaps: 0,
        addedSeen: new Map(),
        own: [],
      };
      sim.stream = await openEventStream(
        base,
        `/session/events?token=${joined.token}`,
        { 'last-event-id': String(views.seq) },
        (event: SessionEvent) => {
          if (event.seq <= sim.lastSeq) return;
          if (event.seq !== sim.lastSeq + 1) sim.gaps += 1;
          sim.lastSeq = event.seq;
          if (event.type === 'card.added') {
            sim.addedSeen.set(event.card.id, (sim.addedSeen.get(event.card.id) ?? 0) + 1);
            const sent = sentAt.get(event.card.id);
            if (sent !== undefined) nodeArrivals.push(Date.now() - sent);
            sim.cards.set(event.card.id, viewOf(event.card));
          } else if (event.type === 'card.changed') sim.cards.set(event.card.id, viewOf(event.card));
          else if (event.type === 'card.deleted') sim.cards.delete(event.cardId);
        },
      );
      streams.push(sim.stream);
      simulated.push(sim);
    }

    console.log(`Load: ${seconds} s of cards and dots...`);
    const acknowledged = new Map<string, string>();
    const deleted = new Set<string>();
    let refused = 0;
    let connectionResets = 0;
    let requests = 0;
    const seqBefore = ((await call('workshop.current', { mapId })) as SessionInfo).state.seq;
    const began = Date.now();
    const until = began + seconds * 1000;
    const stages = start.stages;
    const lanes = start.lanes;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Browsers keep connections open between requests; so do the simulated participants.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 2 * participantCount });
    const runParticipant = async (sim: Simulated, index: number) => {
      await sleep((index * 3_500) / simulated.length);
      for (let n = 0; Date.now() < until; n++) {
        // A card every 3.5 s (under the 20 per minute limit), a dot or an edit in between.
        const cardId = `${sim.name}-${n}-${Math.random().toString(36).slice(2, 8)}`;
        const title = `${sim.name} idea ${n}`;
        sentAt.set(cardId, Date.now());
        // A reset connection loses the answer, not the request: retrying with the same card id is
        // safe (the server answers the card it already added), which is what the id is for.
        let resets = 0;
        const tryCall = async <T>(run: () => Promise<T>, retry: boolean): Promise<T | null> => {
          for (;;) {
            try {
              return await run();
            } catch {
              resets += 1;
              connectionResets += 1;
              if (!retry || resets > 3) return null;
            }
          }
        };
        const add = await tryCall(
          () =>
            participantCall(
              base,
              'addCard',
              {
                cardId,
                kind: 'note',
                title,
                stageId: stages[n % stages.length]!.id,
                laneId: lanes[(index + n) % lanes.length]!.id,
              },
              sim.token,
              agent,
            ),
          true,
        );
        requests += 1;
        if (add?.result.ok) {
          acknowledged.set(cardId, title);
          sim.own.push(cardId);
        } else refused += 1;
        await sleep(1_200);
        const target = start.cards[(index * 7 + n) % start.cards.length]!.id;
        const dot = await tryCall(
          () =>
            participantCall(
              base,
              n % 3 === 2 ? 'withdrawVote' : 'castVote',
              { cardId: target },
              sim.token,
              agent,
            ),
          false,
        );
        requests += 1;
        if (
          dot &&
          !dot.result.ok &&
          !['vote_no_dots_left', 'vote_no_dot_on_card', 'vote_card_limit'].includes(
            dot.result.error.reason ?? '',
          )
        )
          refused += 1;
        await sleep(1_200);
        const mine = sim.own[sim.own.length - 1];
        if (mine && n % 4 === 3) {
          const edit = await tryCall(
            () =>
              participantCall(
                base,
                'editCard',
                { cardId: mine, title: `${title} (edited)` },
                sim.token,
                agent,
              ),
            false,
          );
          requests += 1;
          if (edit?.result.ok) acknowledged.set(mine, `${title} (edited)`);
        } else if (mine && n % 7 === 6) {
          const gone = await tryCall(
            () => participantCall(base, 'deleteCard', { cardId: mine }, sim.token, agent),
            false,
          );
          requests += 1;
          if (gone?.result.ok) {
            acknowledged.delete(mine);
            deleted.add(mine);
          }
        }
        await sleep(1_100);
      }
    };
    const load = Promise.all(simulated.map(runParticipant));
    // The facilitator drags cards while the room contributes.
    await sleep(Math.min(10_000, (seconds * 1000) / 4));
    console.log('Facilitator drag during the session...');
    const dragDuring = await dragCost(facilitator);
    await load;
    agent.destroy();
    const elapsed = (Date.now() - began) / 1000;
    await sleep(3_000);

    const library = await readLibrary();
    const truth = new Map(library.cards.map((c) => [c.id, viewOf(c)]));
    const current = (await call('workshop.current', { mapId })) as SessionInfo;
    const events = current.state.seq - seqBefore;

    const facilitatorResult = (await facilitator.page.evaluate(PAGE_RESULT)) as PageResult;
    const browserResults: PageResult[] = [];
    for (const page of contexts) browserResults.push((await page.evaluate(PAGE_RESULT)) as PageResult);

    const latencies = (result: PageResult) =>
      Object.entries(result.arrivals).flatMap(([id, at]) => (sentAt.has(id) ? [at - sentAt.get(id)!] : []));
    const participantLatencies = [...nodeArrivals, ...browserResults.flatMap(latencies)];
    const facilitatorLatencies = latencies(facilitatorResult);

    const lost = [...acknowledged.keys()].filter((id) => !truth.has(id));
    const wrongTitle = [...acknowledged.entries()].filter(
      ([id, title]) => truth.has(id) && truth.get(id)!.title !== title,
    );
    const resurrected = [...deleted].filter((id) => truth.has(id));
    const libraryTitles = library.cards.map((c) => c.title);
    const duplicatedInLibrary = libraryTitles.length - new Set(libraryTitles).size;
    const duplicatedEvents =
      simulated.reduce((n, s) => n + [...s.addedSeen.values()].filter((v) => v > 1).length, 0) +
      [facilitatorResult, ...browserResults].reduce(
        (n, r) => n + Object.values(r.added).filter((v) => v > 1).length,
        0,
      );
    const wanted = fingerprint(truth);
    const clients = [
      ...simulated.map((s) => ({ name: s.name, same: fingerprint(s.cards) === wanted, gaps: s.gaps })),
      {
        name: 'facilitator page',
        same: fingerprint(new Map(facilitatorResult.cards)) === wanted,
        gaps: facilitatorResult.gaps,
      },
      ...browserResults.map((r, i) => ({
        name: `browser ${i + 1}`,
        same: fingerprint(new Map(r.cards)) === wanted,
        gaps: r.gaps,
      })),
    ];
    const canvasCards = await facilitator.page.locator('.react-flow__node-card').count();
    const record = (await call('workshop.end', { sessionId })) as { versionId: string | null };

    console.log('\nWorkshop session under load');
    console.log(
      `  ${participantCount} simulated + 3 browser participants, ${elapsed.toFixed(0)} s, ${requests} participant requests (${refused} refused unexpectedly, ${connectionResets} connection resets)`,
    );
    console.log(`  events: ${events} (${(events / elapsed).toFixed(1)} per second)`);
    console.log(
      `  delivery to participants: p50 ${fmt(percentile(participantLatencies, 0.5))}, p95 ${fmt(percentile(participantLatencies, 0.95))} (${participantLatencies.length} deliveries)`,
    );
    console.log(
      `  delivery to the facilitator page: p50 ${fmt(percentile(facilitatorLatencies, 0.5))}, p95 ${fmt(percentile(facilitatorLatencies, 0.95))} (${facilitatorLatencies.length} deliveries)`,
    );
    console.log(
      `  contributions: ${acknowledged.size} acknowledged cards kept, ${lost.length} lost, ${wrongTitle.length} with a stale title, ${resurrected.length} deleted but back, ${duplicatedInLibrary} duplicated in the library, ${duplicatedEvents} duplicated add events`,
    );
    const differing = clients.filter((c) => !c.same);
    console.log(
      `  final maps identical to the library: ${clients.length - differing.length} of ${clients.length} clients${differing.length ? ` (differ: ${differing.map((c) => c.name).join(', ')})` : ''}; gaps seen: ${clients.reduce((n, c) => n + c.gaps, 0)}`,
    );
    console.log(
      `  facilitator canvas shows ${canvasCards} card nodes; the library has ${library.cards.length} cards`,
    );
    const ratio = dragDuring.p50 / dragBefore.p50;
    console.log(
      `  facilitator drag step: without session p50 ${fmt(dragBefore.p50)} / p95 ${fmt(dragBefore.p95)}; during the session p50 ${fmt(dragDuring.p50)} / p95 ${fmt(dragDuring.p95)} (x${ratio.toFixed(2)})`,
    );
    console.log(`  session ended; version saved: ${record.versionId ? 'yes' : 'no'}`);
    console.log(
      'Targets: delivery p95 < 250 ms, 0 lost or duplicated, every client identical, drag within x1.5.',
    );
  } finally {
    for (const s of streams) s.close();
    await browser?.close().catch(() => undefined);
    await host?.stop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

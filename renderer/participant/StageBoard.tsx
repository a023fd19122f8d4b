import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMap, ParticipantSelf, SessionState } from '../../shared/workshop';
import { CardItem } from './CardItem';
import { cardVoting } from './vote-view';

/**
 * The map for a participant: on a phone the stages one under the other, each with its cards by
 * lane; on a larger screen the same stages side by side as columns with the lanes lined up (CSS
 * grid), i.e. the map. The stage the facilitator is presenting (follow me) is marked and scrolled
 * into view.
 */
export function StageBoard({
  map,
  session,
  you,
  followedStageId,
}: {
  map: ParticipantMap;
  session: SessionState;
  you: ParticipantSelf;
  followedStageId: string | null;
}) {
  const { t } = useTranslation();
  const followed = useRef<HTMLElement>(null);
  useEffect(() => {
    followed.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [followedStageId]);
  const revealed = session.vote?.phase === 'revealed' ? (session.vote.results ?? []) : [];
  return (
    <div
      className="p-board"
      role="region"
      aria-label={t('workshop.participant.stagesLabel')}
      style={{ ['--p-lanes' as string]: map.lanes.length, ['--p-stages' as string]: map.stages.length }}
    >
      {map.stages.map((stage) => {
        const isFollowed = stage.id === followedStageId;
        return (
          <section
            key={stage.id}
            ref={isFollowed ? followed : undefined}
            className={`p-stage${isFollowed ? ' p-stage--followed' : ''}`}
            aria-labelledby={`p-stage-${stage.id}`}
            aria-current={isFollowed ? 'step' : undefined}
          >
            <h2 id={`p-stage-${stage.id}`} className="p-stage__name">
              {stage.name}
            </h2>
            {map.lanes.map((lane) => {
              const cards = map.cards.filter((c) => c.stageId === stage.id && c.laneId === lane.id);
              return (
                <div key={lane.id} className="p-lane" data-empty={cards.length === 0 || undefined}>
                  <h3 className="p-lane__name">{lane.name}</h3>
                  {cards.length === 0 ? null : (
                    <ul className="p-lane__cards">
                      {cards
                        .slice()
                        .sort((a, b) => a.order - b.order)
                        .map((card) => {
                          const author = map.authors[card.id];
                          return (
                            <CardItem
                              key={card.id}
                              card={card}
                              author={author}
                              mineToEdit={author?.participantId === you.participantId && !session.locked}
                              voting={cardVoting(session.vote, you, card, map)}
                              revealedDots={revealed.find((r) => r.cardId === card.id)?.dots ?? 0}
                            />
                          );
                        })}
                    </ul>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

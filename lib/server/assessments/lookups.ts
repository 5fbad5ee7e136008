import 'server-only';
import type { TTrack } from './load-assessment';

export function questionEntry(track: Pick<TTrack, 'index'>, questionId: string) {
  return track.index.questions.get(questionId);
}

export function checkpointEntry(track: TTrack, checkpointId: string) {
  return track.index.checkpoints.get(checkpointId);
}

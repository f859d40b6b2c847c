// Whether an event is a reported fact, an attributed claim or a threat, as a
// badge that reads without colour: claims and threats get a dashed outline,
// matching the dashed ring on their markers and the dashed route.
import type { ClaimStatus } from '../data/schema';

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  reported: 'Reported as fact',
  claim: 'Claim',
  threat: 'Threat',
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return <span className={`status-badge status-badge-${status}`}>{STATUS_LABEL[status]}</span>;
}

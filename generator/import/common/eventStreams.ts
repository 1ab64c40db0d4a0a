import type { MemberIR } from '../../ir/types.ts';

/**
 * An event stream lists its modelled error events as union members; the IR has no event streams
 * and a data member may not target an error shape, so those members are left out and reported.
 */
export function withoutErrorEvents(
  members: MemberIR[],
  isErrorEvent: (member: MemberIR, index: number) => boolean,
  note: (trait: string, message: string) => void,
): MemberIR[] {
  return members.filter((member, i) => {
    if (!isErrorEvent(member, i)) return true;
    note('eventstream', `error event ${member.name} (${member.target}) dropped: error events of a stream are not representable`);
    return false;
  });
}

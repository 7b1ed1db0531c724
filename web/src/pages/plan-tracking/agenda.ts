/** Timed meeting agendas: "15:00–15:05 (5’)" as in Busan's kickoff briefing (seed 004). */

/** Minutes since midnight of "HH:MM"; null when the text is not a time. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(time.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** Length of an agenda slot in minutes; null when a time is missing or the end is not after the start. */
export function slotMinutes(start: string, end: string): number | null {
  const a = minutesOf(start);
  const b = minutesOf(end);
  if (a === null || b === null || b <= a) return null;
  return b - a;
}

/** "15:00–15:05 (5’)". */
export function formatSlot(start: string, end: string): string {
  const minutes = slotMinutes(start, end);
  const span = `${start.slice(0, 5)}–${end.slice(0, 5)}`;
  return minutes === null ? span : `${span} (${minutes}’)`;
}

export interface AgendaSlot {
  start: string;
  end: string;
}

/** Total minutes and the places where one slot does not start when the previous one ends. */
export function agendaSummary(slots: readonly AgendaSlot[]): { minutes: number; gaps: number[] } {
  let minutes = 0;
  const gaps: number[] = [];
  slots.forEach((slot, i) => {
    minutes += slotMinutes(slot.start, slot.end) ?? 0;
    const previous = slots[i - 1];
    if (previous && minutesOf(previous.end) !== minutesOf(slot.start)) gaps.push(i);
  });
  return { minutes, gaps };
}

/** 'YYYY-MM-DDTHH:mm' in the browser's time zone, for <input type="datetime-local">. */
export function toDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The input's local time as a Date; an empty or broken value gives an invalid Date, which the schema refuses. */
export function fromDateTimeInput(value: string): Date {
  return value ? new Date(value) : new Date(Number.NaN);
}

/** English names of the months and weekdays, for the hovers, the preview's dateline, the library and the entities. */
export const monthNames: readonly string[] = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];

/** Weekday names in `Date.getUTCDay()` order. */
export const dayNames: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

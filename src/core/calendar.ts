// Month and weekday names, lower-case, in calendar order (January first, Sunday first): read by extraction (a month
// after a value), entity recognition (never a name) and period-sanity (a weekday that is not the date's).
export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const DAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

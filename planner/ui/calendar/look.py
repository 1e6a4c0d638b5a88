"""The calendar's sizes, in pixels unless said: shared by the canvas, its month page and its mouse."""

HEADER = 26  # weekday names
DAY_LABEL = 20  # day number in a month cell
LANE = 19  # one bar in a month cell or the all-day band
GUTTER = 52  # hours at the left of the time grid
FIRST_HOUR, LAST_HOUR = 7, 20
SNAP = 15  # minutes
AGENDA_DAYS = 42

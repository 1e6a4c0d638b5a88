"""What the report tests share: the day the sample is built for."""

from datetime import date

TODAY = date(2026, 11, 25)  # a Wednesday: the week has work done and work still to do

package org.openwor.core.deadline;

import java.time.LocalDate;
import java.util.Objects;

/** The calendar without public holidays, behind {@link HolidayCalendar#weekendsOnly()}. */
enum WeekendsOnly implements HolidayCalendar {
    INSTANCE;

    @Override
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return false;
    }

    @Override
    public String toString() {
        return "HolidayCalendar.weekendsOnly()";
    }
}

-- Schema version 7: indicators defined as data (as DHIS2 defines indicators over data
-- elements). An indicator counts a measure of the catalogue (reports/MeasureCatalog) under
-- conditions on its dimensions ("gender=female; area=steam"), and its figure is that count, the
-- count as a share of a denominator measure under its own conditions, or the count's change from
-- one semester to the next; a period bounds the records counted.

ALTER TABLE indicator ADD COLUMN formula TEXT NOT NULL DEFAULT 'value'
    CHECK (formula IN ('value', 'share', 'growth'));
ALTER TABLE indicator ADD COLUMN conditions TEXT;
ALTER TABLE indicator ADD COLUMN denominator TEXT;
ALTER TABLE indicator ADD COLUMN denominator_conditions TEXT;
ALTER TABLE indicator ADD COLUMN period_from TEXT;
ALTER TABLE indicator ADD COLUMN period_to TEXT;

-- The measures of version 6 and before that were a formula in disguise become a measure with conditions.
-- Every office converts its own copy the same way, so the change is not recorded for sync (the
-- tracking triggers are made again after this step).
DROP TRIGGER IF EXISTS trk_indicator_u_measure;
UPDATE indicator SET measure = 'educators_certified', conditions = 'standard=international',
    formula = 'share', denominator = 'educators_certified'
    WHERE measure = 'educators_certified_international_share';
UPDATE indicator SET measure = 'enrollments', formula = 'growth'
    WHERE measure = 'enrollment_growth';
UPDATE indicator SET measure = 'enrollments', conditions = 'gender=female; area=steam',
    formula = 'share', denominator = 'enrollments', denominator_conditions = 'area=steam'
    WHERE measure = 'female_stem_growth';

-- How many alerts are open now, for the console's navigation bar.
SELECT count(*) FROM alerts WHERE state = 'open'

-- before the next release drops the label: nobody used "low", those tasks become "normal"
UPDATE tasks SET priority = 'normal' WHERE priority = 'low';

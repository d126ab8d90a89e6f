UPDATE render_tasks SET status = 'in_progress' WHERE id = :#renderTaskId

SELECT force_unlock(ARRAY['w1']) IS NULL;

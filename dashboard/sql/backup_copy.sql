-- Copy the whole open database ({source}) into the attached backup file ({alias}).
COPY FROM DATABASE {source} TO {alias}

-- Copy the whole open database into the attached backup file.
COPY FROM DATABASE {source} TO {alias}

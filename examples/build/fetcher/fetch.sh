#!/bin/sh
# Fetches the page web serves, by its service name, every few seconds.
while true; do
  if page=$(wget -q -O - http://web/ | grep '<h1>'); then
    echo "fetched: $page"
  else
    echo "web is not answering yet"
  fi
  sleep 5
done

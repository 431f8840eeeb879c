#!/bin/sh
# localdev images: a container has no init system, so package scripts must not start services while installing.
# 101 = "action forbidden by policy" (see invoke-rc.d(8)).
exit 101

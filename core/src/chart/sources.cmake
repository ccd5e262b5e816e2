# Charts as geometry: what is drawn where, computed in core and rendered by
# hosts (inline SVG in the HTML report, cairo for PNG/PDF/SVG files).
target_sources(sonda_core PRIVATE
)

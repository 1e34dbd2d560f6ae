"""Analysis code for the hot spot policing plugin.

Nothing in this package imports ``qgis``: it works on numpy arrays, pandas frames and shapely
geometries so it can be tested and used headless. The Processing algorithms and the GUI in the
sibling packages are thin adapters that turn layers into arrays and back.
"""

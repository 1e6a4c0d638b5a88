"""Packages for setuptools: everything under planner/, plus the top-level resources/ folder installed as
planner.resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["planner", "planner.*"]), "planner.resources"],
    package_dir={"planner.resources": "resources"},
)

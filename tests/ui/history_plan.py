"""A window on a plan with a history over two days, for the tests of comparing and of the plan as it was."""

from datetime import datetime

from planner.core.command import Batch
from planner.core.commands import AddObject, CreateTask, DeleteTasks, EditTask, LinkTasks

MONDAY = datetime(2026, 11, 2, 8)


def plan_with_history(window):
    """`window` on a project of four linked tasks planned on 3 Nov, then changed on 4 Nov: Brief longer (Design
    and Build moved after it), Review deleted, Launch added."""
    controller = window.controller
    session = controller.session
    session.clock = lambda: datetime(2026, 11, 3, 9, 0)
    project = AddObject("project", name="Website", start=MONDAY)
    controller.run(project)
    tasks = [CreateTask(("project", project.id), title, duration=480) for title in ("Brief", "Design", "Build")]
    review = CreateTask(("project", project.id), "Review", duration=480)
    controller.run(Batch([*tasks, review], "Plan"))
    brief, design, build = (t.id for t in tasks)
    controller.run(LinkTasks(brief, design))
    controller.run(LinkTasks(design, build))
    session.clock = lambda: datetime(2026, 11, 4, 10, 0)
    controller.run(EditTask(brief, duration=3 * 480))
    controller.run(DeleteTasks([review.id]))
    controller.run(CreateTask(("project", project.id), "Launch", duration=480))
    window.sidebar.select_scope(("project", project.id))
    window.ids = {"project": project.id, "brief": brief, "design": design, "build": build, "review": review.id}
    return window

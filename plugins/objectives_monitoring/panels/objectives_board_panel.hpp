// Per territory, its improvement objectives as a board: a row per wave (A, B)
// and a column per status (planned, in progress, achieved, dropped), a card
// per objective with its title and progress; stalled objectives highlighted,
// new and removed ones marked. Beside it the from x to transition table
// (with new and removed objectives as its margins) and the achievement rate
// of both waves. Objectives are not withheld in small groups (a territory
// team's plan, not a person's answers); the per-response score statistics
// are, and the panel shows them as suppressed, never as zero.
#pragma once

#include "objectives_board.hpp"
#include "sonda/gui/panel.hpp"

namespace sonda::objectives::panels {

class ObjectivesBoardPanel : public gui::Panel {
  public:
    ObjectivesBoardPanel();

  protected:
    void draw_content(gui::PanelContext& context) override;

  private:
    // Read from the report once per selection, not per frame.
    ObjectivesBoard m_board;
    int m_generation = -1;
};

}  // namespace sonda::objectives::panels

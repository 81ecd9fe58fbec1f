"""The assessment window: questionnaire, navigator, legal reference, dashboard, and the session behind them."""

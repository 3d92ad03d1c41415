"""Reading a customer's words into an order: number words and misspellings (`words`), guests by
age band (`guests`), proteins and add-ons (`proteins`), and the checks that turn anything left
unexplained into a reviewer flag (`checks`)."""

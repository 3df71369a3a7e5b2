"""The vendor's data model, in one place: what Odyssee (Wello) holds and how its values read.

- :mod:`core.odyssee.model`: the entity sets, their fields, types, references and display
  titles, and the constants every tenant has (the empty GUID and date, the system job statuses,
  the approval PDF's file type).
- :mod:`core.odyssee.values`: the one value codec: reading ERP values, answers and request
  values, checking them against the model's rules, normalising and writing them; dates.
- :mod:`core.odyssee.metadata`: a server's ``$metadata`` compared with the model.
- ``DECISIONS.md``: the rules this project follows where the vendor's documentation is silent.

Nothing here talks to the network or imports another part of the product: the client, the
engines, the GUI and the simulator all build on it.
"""

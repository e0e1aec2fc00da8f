/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Grant#getFunder <em>Funder</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getCommittedAmounts <em>Committed Amounts</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getFirstGrantYear <em>First Grant Year</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getPaymentMode <em>Payment Mode</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getAdvanceShare <em>Advance Share</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getAdvanceDelayMonths <em>Advance Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getBalanceDelayMonths <em>Balance Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getDelayMonths <em>Delay Months</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getRenewalProbability <em>Renewal Probability</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getRenewalAmount <em>Renewal Amount</em>}</li>
 *   <li>{@link org.perenne.model.Grant#getFinancedInvestment <em>Financed Investment</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getGrant()
 * @model
 * @generated
 */
public interface Grant extends Element {
	/**
	 * Returns the value of the '<em><b>Funder</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Funder</em>' reference.
	 * @see #setFunder(Funder)
	 * @see org.perenne.model.PerennePackage#getGrant_Funder()
	 * @model required="true"
	 * @generated
	 */
	Funder getFunder();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getFunder <em>Funder</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funder</em>' reference.
	 * @see #getFunder()
	 * @generated
	 */
	void setFunder(Funder value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.GrantKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.GrantKind
	 * @see #setKind(GrantKind)
	 * @see org.perenne.model.PerennePackage#getGrant_Kind()
	 * @model
	 * @generated
	 */
	GrantKind getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.GrantKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GrantKind value);

	/**
	 * Returns the value of the '<em><b>Committed Amounts</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Committed amount of each grant year, starting at the first grant year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Committed Amounts</em>' attribute list.
	 * @see org.perenne.model.PerennePackage#getGrant_CommittedAmounts()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getCommittedAmounts();

	/**
	 * Returns the value of the '<em><b>First Grant Year</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Grant Year</em>' attribute.
	 * @see #setFirstGrantYear(int)
	 * @see org.perenne.model.PerennePackage#getGrant_FirstGrantYear()
	 * @model default="1"
	 * @generated
	 */
	int getFirstGrantYear();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getFirstGrantYear <em>First Grant Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Grant Year</em>' attribute.
	 * @see #getFirstGrantYear()
	 * @generated
	 */
	void setFirstGrantYear(int value);

	/**
	 * Returns the value of the '<em><b>Payment Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.PaymentMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Payment Mode</em>' attribute.
	 * @see org.perenne.model.PaymentMode
	 * @see #setPaymentMode(PaymentMode)
	 * @see org.perenne.model.PerennePackage#getGrant_PaymentMode()
	 * @model
	 * @generated
	 */
	PaymentMode getPaymentMode();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getPaymentMode <em>Payment Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payment Mode</em>' attribute.
	 * @see org.perenne.model.PaymentMode
	 * @see #getPaymentMode()
	 * @generated
	 */
	void setPaymentMode(PaymentMode value);

	/**
	 * Returns the value of the '<em><b>Advance Share</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advance Share</em>' attribute.
	 * @see #setAdvanceShare(double)
	 * @see org.perenne.model.PerennePackage#getGrant_AdvanceShare()
	 * @model default="0.5"
	 * @generated
	 */
	double getAdvanceShare();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getAdvanceShare <em>Advance Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advance Share</em>' attribute.
	 * @see #getAdvanceShare()
	 * @generated
	 */
	void setAdvanceShare(double value);

	/**
	 * Returns the value of the '<em><b>Advance Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advance Delay Months</em>' attribute.
	 * @see #setAdvanceDelayMonths(int)
	 * @see org.perenne.model.PerennePackage#getGrant_AdvanceDelayMonths()
	 * @model
	 * @generated
	 */
	int getAdvanceDelayMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getAdvanceDelayMonths <em>Advance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advance Delay Months</em>' attribute.
	 * @see #getAdvanceDelayMonths()
	 * @generated
	 */
	void setAdvanceDelayMonths(int value);

	/**
	 * Returns the value of the '<em><b>Balance Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Balance Delay Months</em>' attribute.
	 * @see #setBalanceDelayMonths(int)
	 * @see org.perenne.model.PerennePackage#getGrant_BalanceDelayMonths()
	 * @model
	 * @generated
	 */
	int getBalanceDelayMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getBalanceDelayMonths <em>Balance Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Balance Delay Months</em>' attribute.
	 * @see #getBalanceDelayMonths()
	 * @generated
	 */
	void setBalanceDelayMonths(int value);

	/**
	 * Returns the value of the '<em><b>Delay Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Delay of each monthly payment (monthly payment mode).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay Months</em>' attribute.
	 * @see #setDelayMonths(int)
	 * @see org.perenne.model.PerennePackage#getGrant_DelayMonths()
	 * @model
	 * @generated
	 */
	int getDelayMonths();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getDelayMonths <em>Delay Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay Months</em>' attribute.
	 * @see #getDelayMonths()
	 * @generated
	 */
	void setDelayMonths(int value);

	/**
	 * Returns the value of the '<em><b>Renewal Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Renewal Probability</em>' attribute.
	 * @see #setRenewalProbability(double)
	 * @see org.perenne.model.PerennePackage#getGrant_RenewalProbability()
	 * @model
	 * @generated
	 */
	double getRenewalProbability();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getRenewalProbability <em>Renewal Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Probability</em>' attribute.
	 * @see #getRenewalProbability()
	 * @generated
	 */
	void setRenewalProbability(double value);

	/**
	 * Returns the value of the '<em><b>Renewal Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Renewal Amount</em>' attribute.
	 * @see #setRenewalAmount(double)
	 * @see org.perenne.model.PerennePackage#getGrant_RenewalAmount()
	 * @model
	 * @generated
	 */
	double getRenewalAmount();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getRenewalAmount <em>Renewal Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Amount</em>' attribute.
	 * @see #getRenewalAmount()
	 * @generated
	 */
	void setRenewalAmount(double value);

	/**
	 * Returns the value of the '<em><b>Financed Investment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Investment this grant finances; recognised in step with its depreciation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Financed Investment</em>' reference.
	 * @see #setFinancedInvestment(Investment)
	 * @see org.perenne.model.PerennePackage#getGrant_FinancedInvestment()
	 * @model
	 * @generated
	 */
	Investment getFinancedInvestment();

	/**
	 * Sets the value of the '{@link org.perenne.model.Grant#getFinancedInvestment <em>Financed Investment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Financed Investment</em>' reference.
	 * @see #getFinancedInvestment()
	 * @generated
	 */
	void setFinancedInvestment(Investment value);

} // Grant
